import { flagOption, listOption, numberOption, parseOptions, workersOption } from '../../load-tests/lib/options';

// `npm run load -- --connections 200` once ran at the default 100 connections without a word.
// Options are parsed with util.parseArgs from what the command declares; anything else is refused.
describe('load-test command line', () => {
  const specs = {
    connections: numberOption('LOAD_CONNECTIONS', 100),
    workers: workersOption('LOAD_WORKERS'),
    only: listOption('LOAD_ONLY', ['accepted', 'public']),
    skipBuild: flagOption('LOAD_SKIP_BUILD'),
    profile: flagOption('LOAD_PROFILE'),
  };
  const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseOptions(specs, argv, env);

  it('reads known options as --name=value, --name value and bare switches', () => {
    expect(parse(['--connections=200', '--only=accepted', '--skip-build'])).toEqual({ connections: 200, workers: 1, only: ['accepted'], skipBuild: true, profile: false });
    expect(parse(['--connections', '200']).connections).toBe(200);
  });

  it('falls back to the environment, then the default; flags win', () => {
    expect(parse([], { LOAD_CONNECTIONS: '50', LOAD_PROFILE: 'yes' })).toMatchObject({ connections: 50, profile: true, only: ['accepted', 'public'] });
    expect(parse(['--connections=10'], { LOAD_CONNECTIONS: '50' }).connections).toBe(10);
  });

  it('refuses unknown names, misspellings and a switch given a value', () => {
    for (const bad of [['--conections=200'], ['--skip-buid'], ['--profile=yes']]) expect(() => parse(bad)).toThrow();
  });

  it('refuses a bare word, an empty name and a value option without its value', () => {
    for (const bad of [['accepted'], ['=5'], ['--connections']]) expect(() => parse(bad)).toThrow();
  });

  it('refuses bad numbers and worker counts', () => {
    expect(() => parse(['--connections=-1'])).toThrow(/non-negative/);
    expect(() => parse(['--workers=0'])).toThrow(/1 to 64/);
    expect(() => parse(['--workers=1.5'])).toThrow(/1 to 64/);
  });
});
