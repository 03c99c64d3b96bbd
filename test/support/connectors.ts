/**
 * The two Node connectors the SQL tests run on: native DuckDB (the CLI's) and DuckDB-WASM (the
 * browser's engine, blocking bindings). A suite written with
 * `describe.each(NODE_CONNECTORS)('… ($name)', ({ create }) => …)` runs its SQL on both, so a
 * difference between the engines or their row conversions fails a test.
 */
import {
  createNodeConnector,
  createWasmNodeConnector,
  type NodeConnector,
} from '../../src/db/node-connector';

/** A Node connector and the name shown in test titles. */
export interface NodeConnectorCase {
  name: string;
  create: () => Promise<NodeConnector>;
}

export const NODE_CONNECTORS: readonly NodeConnectorCase[] = [
  { name: 'DuckDB natif', create: createNodeConnector },
  { name: 'DuckDB-WASM', create: createWasmNodeConnector },
];
