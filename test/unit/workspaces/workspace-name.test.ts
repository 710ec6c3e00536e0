// The workspace-name rule the renderer's form and the service share (shared/domain/workspace-name.ts).
import { describe, expect, it } from 'vitest';
import { checkWorkspaceName, workspaceNameOfFile } from '../../../shared/domain/workspace-name';

describe('checkWorkspaceName', () => {
  it.each([
    ['sales 2024', 'sales 2024'],
    ['  华东区客户  ', '华东区客户'],
    ['v1.2 backup', 'v1.2 backup'],
    ['console', 'console'],
    ['x'.repeat(64), 'x'.repeat(64)],
  ])('accepts %j as %j', (raw, name) => {
    expect(checkWorkspaceName(raw)).toEqual({ problem: null, name });
  });

  it.each([
    ['', 'Empty'],
    ['x'.repeat(65), 'TooLong'],
    ['a/b', 'Separator'],
    ['/etc/passwd', 'Separator'],
    ['..\\up', 'Separator'],
    ['..', 'DotDot'],
    ['.', 'DotDot'],
    ['a..b', 'DotDot'],
    ['CON', 'Reserved'],
    ['com1.backup', 'Reserved'],
    ['lpt9', 'Reserved'],
    ['a:b', 'Character'],
    ['what?', 'Character'],
    ['tab\there', 'Character'],
    ['.hidden', 'Character'],
    ['trailing.', 'Character'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(checkWorkspaceName(raw).problem).toBe(problem);
  });

  it('names a control character by its code point', () => {
    expect(checkWorkspaceName('a\u0001b')).toMatchObject({ problem: 'Character', character: 'U+0001' });
  });

  it('reads the stem of workspace files only', () => {
    expect(workspaceNameOfFile('shop.churn')).toBe('shop');
    expect(workspaceNameOfFile('Shop.CHURN')).toBe('Shop');
    expect(workspaceNameOfFile('.churn')).toBeNull();
    expect(workspaceNameOfFile('shop.churn-wal')).toBeNull();
    expect(workspaceNameOfFile('notes.txt')).toBeNull();
  });
});
