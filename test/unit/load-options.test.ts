import { unknownFlags } from '../../load-tests/lib/options';

// `npm run load -- --connections 200` once ran at the default 100 connections without a word:
// options read only `--name=value`. Whatever no option reads is now refused.
describe('load-test command line', () => {
  const values = new Set(['--connections', '--only']);
  const switches = new Set(['--skip-build', '--profile']);

  it('accepts known options in their own form', () => {
    expect(unknownFlags(['--connections=200', '--only=accepted,public', '--skip-build', '--profile'], values, switches)).toEqual([]);
  });

  it('refuses a value given after a space, and the stray value', () => {
    expect(unknownFlags(['--connections', '200'], values, switches)).toEqual(['--connections', '200']);
  });

  it('refuses unknown names, misspellings and a switch given a value', () => {
    expect(unknownFlags(['--conections=200', '--skip-buid', '--profile=yes'], values, switches)).toEqual(['--conections=200', '--skip-buid', '--profile=yes']);
  });

  it('refuses a bare word and an empty name', () => {
    expect(unknownFlags(['accepted', '=5'], values, switches)).toEqual(['accepted', '=5']);
  });
});
