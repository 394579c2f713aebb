/** A policy of about ten Word pages: the demo's information security policy, three times over. */
export const tenPagePolicy = (body: string): string =>
  [1, 2, 3]
    .map((part) => body.replace(/^# /gm, `# Part ${part}: `))
    .join('\n\n<!-- pagebreak -->\n\n');
