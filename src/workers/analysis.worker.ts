/// <reference lib="webworker" />
import { expose } from 'comlink';
import * as api from './analysis-api';

expose(api);
