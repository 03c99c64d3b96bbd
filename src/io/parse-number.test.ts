import { describe, expect, it } from 'vitest';
import {
  communeCodeFromParts,
  depFromCommuneCode,
  readCommuneCode,
  readFiness,
  readPostalCode,
} from './codes';
import { isMaskedValue, parseCountCell, parseNumberCell } from './parse-number';

describe('parseNumberCell', () => {
  it('reads French numbers', () => {
    expect(parseNumberCell('1 234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell('12\u00a0345')).toEqual({ kind: 'number', value: 12345 });
    expect(parseNumberCell('12\u202f345')).toEqual({ kind: 'number', value: 12345 });
    expect(parseNumberCell('776.2396')).toEqual({ kind: 'number', value: 776.2396 });
    expect(parseNumberCell('1.234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell('0')).toEqual({ kind: 'number', value: 0 });
  });
  it('recognises masks, never as 0', () => {
    for (const m of [
      '1 à 10',
      '1 a 10',
      '<11',
      '< 5',
      '<5',
      's',
      'NS',
      '*',
      'nd',
      'n.d.',
      'secret',
    ]) {
      expect(isMaskedValue(m)).toBe(true);
      expect(parseNumberCell(m)).toEqual({ kind: 'masked' });
    }
  });
  it('separates empty and invalid cells', () => {
    expect(parseNumberCell(' ')).toEqual({ kind: 'empty' });
    expect(parseNumberCell('douze')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('1,2,3')).toEqual({ kind: 'invalid' });
  });
});

describe('codes', () => {
  it('keeps and repairs commune codes as strings', () => {
    expect(readCommuneCode('01001')).toEqual({ code: '01001', repaired: false });
    expect(readCommuneCode('1001')).toEqual({ code: '01001', repaired: true });
    expect(readCommuneCode(1001)).toEqual({ code: '01001', repaired: true });
    expect(readCommuneCode('2a004')).toEqual({ code: '2A004', repaired: false });
    expect(readCommuneCode('123').code).toBeNull();
  });
  it('derives the département', () => {
    expect(depFromCommuneCode('01001')).toBe('01');
    expect(depFromCommuneCode('2B033')).toBe('2B');
    expect(depFromCommuneCode('97411')).toBe('974');
  });
  it('builds codes from département and commune number', () => {
    expect(communeCodeFromParts('01', '1')).toBe('01001');
    expect(communeCodeFromParts('1', '001')).toBe('01001');
    expect(communeCodeFromParts('971', '01')).toBe('97101');
    expect(communeCodeFromParts('971', '101')).toBe('97101');
    expect(communeCodeFromParts('9D', '411')).toBe('97411');
    expect(communeCodeFromParts('2A', '004')).toBe('2A004');
    expect(communeCodeFromParts('01', 'abc')).toBeNull();
  });
  it('repairs 8-digit FINESS and 4-digit postal codes', () => {
    expect(readFiness('10000024')).toEqual({ code: '010000024', repaired: true });
    expect(readFiness('2A0000014')).toEqual({ code: '2A0000014', repaired: false });
    expect(readPostalCode('1400')).toEqual({ code: '01400', repaired: true });
  });
});

describe('parseCountCell', () => {
  it('tells whole counts from decimals, negatives and thousands written with dots', () => {
    expect(parseCountCell('1 234')).toEqual({ kind: 'number', value: 1234 });
    expect(parseCountCell('1.234')).toEqual({ kind: 'thousands-dots', value: 1234 });
    expect(parseCountCell('12.345.678')).toEqual({ kind: 'thousands-dots', value: 12345678 });
    expect(parseCountCell('1.5')).toEqual({ kind: 'decimal', value: 1.5 });
    expect(parseCountCell('3,5')).toEqual({ kind: 'decimal', value: 3.5 });
    expect(parseCountCell('-12')).toEqual({ kind: 'negative', value: -12 });
    expect(parseCountCell('1 à 10')).toEqual({ kind: 'masked' });
    expect(parseCountCell('')).toEqual({ kind: 'empty' });
  });
});
