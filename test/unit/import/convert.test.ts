import { describe, expect, it } from 'vitest';
import { convertValue, dateToExcelSerial, excelSerialToText, parseBoolean, parseDate, parseDecimal, parseInteger, parsePercent } from '../../../shared/import/convert';

describe('numbers', () => {
  it.each([
    ['1,234.50', 1234.5],
    ['¥1,234.50', 1234.5],
    ['￥ 88', 88],
    ['RMB 3.2万', 32000],
    ['1.2万', 12000],
    ['1.5亿元', 150000000],
    ['$-12.5', -12.5],
    ['-$12.5', -12.5],
    ['(1,200.00)', -1200],
    ['€ 7', 7],
    ['１２３．５', 123.5],
    ['12元', 12],
    ['0.1万', 1000],
    ['1e3', 1000],
    ['  42  ', 42],
  ])('parseDecimal(%j) = %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '1,23', '12,34,567', '1.2.3', '万', '--5', '1 2 3x'])('parseDecimal(%j) is null', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('European decimal comma by option', () => {
    expect(parseDecimal('1.234,56', { decimalComma: true })).toBe(1234.56);
    expect(parseDecimal('3,5', { decimalComma: true })).toBe(3.5);
  });

  it('integers reject fractions and unsafe magnitudes', () => {
    expect(parseInteger('1,234')).toBe(1234);
    expect(parseInteger('-0')).toBe(0);
    expect(parseInteger('1.5')).toBeNull();
    expect(parseInteger('2万')).toBe(20000);
    expect(parseInteger('12345678901234567890')).toBeNull();
  });

  it('percentages', () => {
    expect(parsePercent('12.5%')).toBe(0.125);
    expect(parsePercent('３％')).toBe(0.03);
    expect(parsePercent('5‰')).toBe(0.005);
    expect(parsePercent('0.4')).toBe(0.4);
    expect(parsePercent('x%')).toBeNull();
  });
});

describe('booleans', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['Yes', true],
    ['NO', false],
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['流失', true],
    ['未流失', false],
    [' 是 ', true],
    [1, true],
    [0, false],
  ] as const)('parseBoolean(%j) = %s', (v, expected) => {
    expect(parseBoolean(v)).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(parseBoolean('maybe')).toBeNull();
    expect(parseBoolean('2')).toBeNull();
    expect(parseBoolean(2)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024-03-05 10:30', '2024-03-05 10:30:00'],
    ['2018/5/16 9:41', '2018-05-16 09:41:00'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年3月5日 10:30:15', '2024-03-05 10:30:15'],
    ['20240305', '2024-03-05'],
    ['2024-03-05T10:30:00', '2024-03-05 10:30:00'],
    ['2024-03-05T10:30:00.123Z', '2024-03-05 10:30:00'],
    ['2024-03-05 下午 3:05', '2024-03-05 15:05:00'],
    ['2024-03-05 12:00 AM', '2024-03-05 00:00:00'],
    ['5 Mar 2024', '2024-03-05'],
    ['Mar 5, 2024', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('parseDate(%j) = %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '20241301', 'yesterday', '2024-03-05 25:00', '12345'])('parseDate(%j) is null', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('day-first vs month-first is an option', () => {
    expect(parseDate('05/03/2024')).toBe('2024-05-03');
    expect(parseDate('05/03/2024', { dayFirst: true })).toBe('2024-03-05');
    expect(parseDate('13/03/2024')).toBeNull();
    expect(parseDate('13/03/2024', { dayFirst: true })).toBe('2024-03-13');
  });

  it('zones are converted only when a target offset is given', () => {
    expect(parseDate('2024-03-05T20:30:00Z')).toBe('2024-03-05 20:30:00');
    expect(parseDate('2024-03-05T20:30:00Z', { targetOffsetMinutes: 480 })).toBe('2024-03-06 04:30:00');
    expect(parseDate('2024-03-05 10:00:00+08:00', { targetOffsetMinutes: 0 })).toBe('2024-03-05 02:00:00');
    expect(parseDate('2024-03-05T01:00:00-0500', { targetOffsetMinutes: 480 })).toBe('2024-03-05 14:00:00');
  });

  it('Excel serials, by option or as numbers', () => {
    expect(parseDate(43101.39326388889, { excelSerials: true })).toBe('2018-01-01 09:26:18');
    expect(parseDate('45356', { excelSerials: true })).toBe('2024-03-05');
    expect(parseDate(45356)).toBeNull();
  });
});

describe('Excel serials', () => {
  it('1900 system including the fictional leap day', () => {
    expect(excelSerialToText(1)).toBe('1900-01-01');
    expect(excelSerialToText(59)).toBe('1900-02-28');
    expect(excelSerialToText(60)).toBeNull();
    expect(excelSerialToText(61)).toBe('1900-03-01');
    expect(excelSerialToText(45356)).toBe('2024-03-05');
    expect(excelSerialToText(45356.5)).toBe('2024-03-05 12:00:00');
    expect(excelSerialToText(45356.99999999)).toBe('2024-03-06');
    expect(dateToExcelSerial(1900, 2, 28)).toBe(59);
    expect(dateToExcelSerial(1900, 3, 1)).toBe(61);
  });

  it('1904 system', () => {
    expect(excelSerialToText(0, true)).toBe('1904-01-01');
    expect(excelSerialToText(43894, true)).toBe('2024-03-05');
    expect(dateToExcelSerial(2024, 3, 5, true)).toBe(43894);
  });
});

describe('convertValue', () => {
  it('dispatches and reports failures without throwing', () => {
    expect(convertValue('¥1,000', 'decimal')).toEqual({ ok: true, value: 1000 });
    expect(convertValue('流失', 'boolean')).toEqual({ ok: true, value: 1 });
    expect(convertValue('2024/3/5 9:41', 'date')).toEqual({ ok: true, value: '2024-03-05' });
    expect(convertValue('  ', 'integer')).toEqual({ ok: true, value: null });
    expect(convertValue('abc', 'integer').ok).toBe(false);
    expect(convertValue(new Uint8Array([1, 2]), 'text')).toEqual({ ok: true, value: '0102' });
  });
});
