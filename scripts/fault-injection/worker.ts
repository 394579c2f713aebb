import { createBackend } from '../../backend/compose';

// One worker of the fault-injection run: saves to the shared workspace as fast as it can and
// prints a line for each save only after the API has acknowledged it. Each worker owns some
// documents (their titles and bodies carry its sequence numbers), and all workers create new ones.

const [dir = '', slotText = '0', firstSeqText = '0', ownedText = '', templatesDir = ''] =
  process.argv.slice(2);
const slot = Number(slotText);
const owned = ownedText.split(',').filter(Boolean);
const { dispatch } = createBackend({ templatesDir });
const CREATE_TEMPLATES = ['information-security-policy', 'access-control-policy', 'backup-policy'];

const say = (line: string) => process.stdout.write(`${line}\n`);

const once = async (seq: number) => {
  const roll = seq % 10;
  const id = owned[seq % owned.length] ?? '';
  say(`BEGIN ${seq}`);
  if (roll < 5) {
    const title = `Slot ${slot} title ${seq}`;
    const result = await dispatch('documents.update', { dir, id, meta: { title } });
    say(result.ok ? `ACK title ${id} ${seq}` : `FAIL ${result.error.message}`);
  } else if (roll < 8) {
    const body = `# Body\n\nSlot ${slot} body ${seq}\n`;
    const result = await dispatch('documents.update', { dir, id, body });
    say(result.ok ? `ACK body ${id} ${seq}` : `FAIL ${result.error.message}`);
  } else {
    const templateId = CREATE_TEMPLATES[seq % CREATE_TEMPLATES.length] ?? '';
    const result = await dispatch('documents.create', { dir, templateId });
    const created = result.ok ? (result.data as { id: string }).id : '';
    say(result.ok ? `ACK create ${created} ${seq}` : `FAIL ${result.error.message}`);
  }
};

const main = async () => {
  say('READY');
  for (let seq = Number(firstSeqText); ; seq += 1) await once(seq);
};

void main();
