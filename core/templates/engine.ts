import { Liquid, Tag, type FS, type TagToken, type TopLevelToken } from 'liquidjs';
import { registerTemplateFilters } from './filters';

/**
 * Bounds on what one template may cost. A ten-page template is about 40 000 characters and
 * renders in milliseconds, so these only stop runaway input and loops.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of template text per parse. */
  parseLimit: 1_000_000,
  /** Milliseconds per render. */
  renderLimit: 2_000,
  /** Liquid's allocation units per render (range sizes, array and string lengths). */
  memoryLimit: 20_000_000,
} as const;

/** Tags that would load another template file; templates are single, self-contained files. */
export const FILE_TAGS = ['include', 'render', 'layout'] as const;

const refuseRead = (): never => {
  throw new Error('templates cannot read files');
};

// Second line of defence: nothing reaches a file through the engine even if a file tag slipped in.
const NO_FILE_SYSTEM: FS = {
  exists: () => Promise.resolve(false),
  existsSync: () => false,
  readFile: () => Promise.reject(new Error('templates cannot read files')),
  readFileSync: refuseRead,
  resolve: (_dir, file) => file,
  contains: () => Promise.resolve(false),
  containsSync: () => false,
  sep: '/',
  dirname: () => '',
};

const refusedFileTag = (name: string) =>
  class extends Tag {
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      throw new Error(`"${name}" is not available: a template cannot read other files`);
    }

    render(): void {}
  };

/**
 * A Liquid engine that can only read the data it is given: strict variables (a missing value is
 * an error the renderer turns into an unfilled field), own properties only, bounded parse and
 * render cost, no file tags and no file system. Each call returns a fresh, independent engine.
 */
export const createTemplateEngine = (): Liquid => {
  const engine = new Liquid({
    strictVariables: true,
    ownPropertyOnly: true,
    lenientIf: true,
    strictFilters: true,
    ...TEMPLATE_LIMITS,
    fs: NO_FILE_SYSTEM,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    cache: false,
    greedy: false,
    // Fixed, so a document reads the same on every machine; left empty, Liquid asks the system
    // for its locale, which starts the date formatter (about 40 ms) in every process and worker.
    locale: 'en-GB',
    // Dates print in UTC, as the app's dates (YYYY-MM-DD) are taken, whatever the machine's zone.
    timezoneOffset: 0,
  });
  for (const name of FILE_TAGS) engine.registerTag(name, refusedFileTag(name));
  registerTemplateFilters(engine);
  return engine;
};
