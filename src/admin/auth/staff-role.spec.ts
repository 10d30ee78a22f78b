import { roleAllows } from './staff-role';

describe('roleAllows', () => {
  it('lets an admin do everything', () => {
    expect(roleAllows('admin', ['editor'])).toBe(true);
    expect(roleAllows('admin', ['agent'])).toBe(true);
  });

  it('keeps each role to its own work plus reports', () => {
    expect(roleAllows('editor', ['editor'])).toBe(true);
    expect(roleAllows('editor', ['admin'])).toBe(false);
    expect(roleAllows('editor', ['agent'])).toBe(false);
    expect(roleAllows('agent', ['editor'])).toBe(false);
    expect(roleAllows('viewer', ['editor'])).toBe(false);
    expect(roleAllows('viewer', ['viewer'])).toBe(true);
    expect(roleAllows('agent', ['viewer'])).toBe(true);
  });
});
