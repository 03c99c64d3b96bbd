import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseWasmBundle } from './wasm-bundle';

describe('chooseWasmBundle', () => {
  afterEach(() => vi.restoreAllMocks());

  it('picks the EH build where WebAssembly exceptions validate (Node’s V8 has them)', () => {
    const bundle = chooseWasmBundle();
    expect(bundle.name).toBe('eh');
    expect(bundle.mainModule).toMatch(/duckdb-eh\.wasm/);
    expect(bundle.mainWorker).toMatch(/duckdb-browser-eh\.worker\.js/);
  });

  it('probes with a module that is valid only with exceptions', () => {
    const validate = vi.spyOn(WebAssembly, 'validate');
    chooseWasmBundle();
    const [probe] = validate.mock.calls[0] ?? [];
    const bytes = new Uint8Array(probe as Uint8Array);
    expect(WebAssembly.validate(bytes)).toBe(true);
    // Its function body holds `try` (0x06 0x40) … `delegate 0` (0x19 0x00): with `try` made an
    // unknown opcode the module is refused, so the answer comes from that instruction.
    const tryAt = bytes.findIndex((b, i) => b === 0x06 && bytes[i + 1] === 0x40);
    expect(tryAt).toBeGreaterThan(0);
    const withoutTry = bytes.slice();
    withoutTry[tryAt] = 0xff;
    expect(WebAssembly.validate(withoutTry)).toBe(false);
  });

  it('falls back to the MVP build without WebAssembly exceptions', () => {
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    const bundle = chooseWasmBundle();
    expect(bundle.name).toBe('mvp');
    expect(bundle.mainModule).toMatch(/duckdb-mvp\.wasm/);
    expect(bundle.mainWorker).toMatch(/duckdb-browser-mvp\.worker\.js/);
  });

  it('falls back to the MVP build when validation itself throws', () => {
    vi.spyOn(WebAssembly, 'validate').mockImplementation(() => {
      throw new Error('WebAssembly disabled');
    });
    expect(chooseWasmBundle().name).toBe('mvp');
  });
});
