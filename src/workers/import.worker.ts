/// <reference lib="webworker" />
// The import worker: parsing user files runs here, off the main thread; terminated to cancel.
import { expose } from 'comlink';
import * as api from './import-api';

expose(api);
