// What the flow walks share, through the Leptos runtime (services.test.mjs) and through
// `civic prototype` (prototype.test.mjs): the services and their walks, a small flow of
// Civic's own with an "add another" page, the engine's walk by `civic flow walk`, and
// answering a page from a walk's answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { civic, root } from '../accessibility/pages.mjs';
import { laneCount } from '../browser/serve.mjs';

export const servicesDir = path.join(root, 'patterns/services');
export const walks = JSON.parse(fs.readFileSync(path.join(servicesDir, 'walks.json'), 'utf8'));
export const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-walks-'));
/** Walks run this many at a time, each in a tab of its own (WALK_LANES; default 3). */
export const WALK_LANES = laneCount('WALK_LANES', 3);
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A small flow of Civic's own with an "add another" page, beside the two services. */
export const household = {
  id: 'household',
  title: 'Tell us who lives with you',
  pages: [
    { id: 'people', repeat: { max: 3, item: 'person' },
      questions: [{ name: 'person', label: 'the person’s full name', heading: 'Who lives with you?', type: 'name' }],
      then: 'check-answers' },
    { id: 'check-answers', end: 'confirmation' },
  ],
};
fs.writeFileSync(path.join(tmp, 'household.json'), JSON.stringify(household));

/** The definition file of a service, of `household`, or of an imported fixture (`xgov-…`). */
export const flowFile = (service) => (service === 'household' ? path.join(tmp, 'household.json')
  : service.startsWith('xgov') ? path.join(root, 'patterns/tests/imports', `${service}.json`)
    : path.join(servicesDir, `${service}.json`));
export const definitions = Object.fromEntries(['blue-badge', 'missed-bin', 'household']
  .map((s) => [s, JSON.parse(fs.readFileSync(flowFile(s), 'utf8'))]));

export const slug = (id) => id.replace(/^\/+/, '');
export const words = (value, lang) => (typeof value === 'string' ? value : value?.[lang] ?? value?.en ?? '');
export const merged = (service, changes) => ({ ...walks.services[service].base, ...changes });

/** The engine's walk of `answers` through `service`, by `civic flow walk`. */
export function engineWalk(service, answers, lang) {
  const file = path.join(tmp, `${service}-${lang}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(answers));
  return JSON.parse(civic(['flow', 'walk', flowFile(service), '--answers', file, '--locale', lang, '--today', walks.today]));
}

/**
 * Answers `page`'s questions with `answers` (walks.json's shapes): radios and checkboxes
 * with Space from the keyboard, boxes with `type(tab, name, value)`.
 */
export async function fill(tab, page, answers, type) {
  for (const q of page.questions ?? []) {
    const value = answers[q.name];
    if (value === undefined) continue;
    if (q.type === 'chooseOne' || q.type === 'chooseSeveral') {
      for (const v of [value].flat()) {
        const box = `#civic-flow input[name="${q.name}"][value="${v}"]`;
        if (!(await tab.isChecked(box))) {
          await tab.focus(box);
          await tab.keyboard.press('Space');
        }
      }
    } else if (typeof value === 'object') {
      for (const [part, v] of Object.entries(value)) await type(tab, `${q.name}-${part}`, v);
    } else {
      await type(tab, q.name, value);
    }
  }
}
