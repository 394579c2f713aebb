import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Another program changing a workspace file, as a sync tool, an editor or `git pull` would: a
// separate Node process, so nothing in the test's own process knows of the change.

const run = promisify(execFile);

/** Writes `text` to `file` in place from another process. */
export const writeFromAnotherProcess = async (file: string, text: string): Promise<void> => {
  await run(process.execPath, [
    '-e',
    'require("fs").writeFileSync(process.argv[1], process.argv[2])',
    file,
    text,
  ]);
};

/** Replaces `file` by writing a temporary file beside it and renaming it over, as git does. */
export const replaceFromAnotherProcess = async (file: string, text: string): Promise<void> => {
  await run(process.execPath, [
    '-e',
    'const fs=require("fs");const t=process.argv[1]+".tmp";fs.writeFileSync(t,process.argv[2]);fs.renameSync(t,process.argv[1])',
    file,
    text,
  ]);
};
