import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEngineTemplates } from './engine-templates.js';
import { createTemplateRenderer, loadTemplateResources, type TemplateTree } from './template-renderer.js';
import { findGlobalCommand, isGlobalCommandPayload, isWordOf, parseYesNo, WORD_LISTS } from './vocabulary.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const shipped = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });

/** The shipped templates with the Vietnamese word lists edited (what an admin publishes). */
function withVietnameseWords(edit: (words: TemplateTree) => TemplateTree) {
  const resources = loadTemplateResources(TEMPLATES_DIR);
  const words = resources.vi?.words;
  if (!words) throw new Error('templates/vi/words.json is missing');
  return createTemplateRenderer({ resources: { ...resources, vi: { ...resources.vi, words: edit(words) } } });
}

describe('global commands (shipped words)', () => {
  it('are whole messages, tolerate a typo in long words, and leave similar everyday words alone', () => {
    expect(findGlobalCommand('Hủy', shipped)).toEqual({ kind: 'cancel' });
    expect(findGlobalCommand('huyr', shipped)).toEqual({ kind: 'cancel' });
    expect(findGlobalCommand('Englsh', shipped)).toEqual({ kind: 'language', language: 'en' });
    expect(findGlobalCommand('tieng viet', shipped)).toEqual({ kind: 'language', language: 'vi' });
    expect(findGlobalCommand('tôi muốn hủy hồ sơ', shipped)).toBeNull();
    expect(findGlobalCommand('thoại', shipped)).toBeNull();
  });

  it('understands every language whatever the citizen writes in', () => {
    expect(findGlobalCommand('cancel', shipped)).toEqual({ kind: 'cancel' });
    expect(findGlobalCommand('TRỢ GIÚP', shipped)).toEqual({ kind: 'help' });
    expect(findGlobalCommand('main menu', shipped)).toEqual({ kind: 'menu' });
  });

  it('keeps the button payloads whatever the word lists say', () => {
    const empty = withVietnameseWords(() => ({}));
    expect(findGlobalCommand('#menu', empty)).toEqual({ kind: 'menu' });
    expect(findGlobalCommand('#lang en', empty)).toEqual({ kind: 'language', language: 'en' });
    expect(isGlobalCommandPayload('#cancel')).toBe(true);
    expect(isGlobalCommandPayload('#dossier')).toBe(false);
  });
});

describe('answers (shipped words)', () => {
  it('reads yes and no with or without diacritics, in either language', () => {
    expect(parseYesNo('Có', shipped)).toBe(true);
    expect(parseYesNo('vâng', shipped)).toBe(true);
    expect(parseYesNo('đồng ý!', shipped)).toBe(true);
    expect(parseYesNo('yes', shipped)).toBe(true);
    expect(parseYesNo('Không', shipped)).toBe(false);
    expect(parseYesNo('ko', shipped)).toBe(false);
    expect(parseYesNo('nope', shipped)).toBe(false);
    expect(parseYesNo('có lẽ', shipped)).toBeNull();
  });

  it('reads skip and done', () => {
    expect(isWordOf('Bỏ qua', WORD_LISTS.skip, shipped)).toBe(true);
    expect(isWordOf('skip', WORD_LISTS.skip, shipped)).toBe(true);
    expect(isWordOf('xong rồi', WORD_LISTS.done, shipped)).toBe(true);
    expect(isWordOf('bỏ qua đi', WORD_LISTS.skip, shipped)).toBe(false);
  });
});

describe('edited word lists', () => {
  it('change what is recognised: a new word works, a removed one no longer does', () => {
    const edited = withVietnameseWords((words) => ({
      ...words,
      command: { ...(words.command as TemplateTree), cancel: ['thôi không làm nữa'] },
      answer: { ...(words.answer as TemplateTree), yes: ['có', 'chuẩn'] },
    }));
    expect(findGlobalCommand('thôi không làm nữa', edited)).toEqual({ kind: 'cancel' });
    expect(findGlobalCommand('hủy', edited)).toBeNull();
    // The English list still has its own words.
    expect(findGlobalCommand('cancel', edited)).toEqual({ kind: 'cancel' });
    expect(parseYesNo('chuẩn', edited)).toBe(true);
    expect(parseYesNo('vâng', edited)).toBeNull();
  });

  it('are checked: every list present in every language, and no phrase in two lists', () => {
    expect(validateEngineTemplates(shipped, ['vi', 'en'])).toEqual([]);
    const broken = withVietnameseWords((words) => ({
      command: { ...(words.command as TemplateTree), help: ['hủy'] },
      answer: { ...(words.answer as TemplateTree), no: undefined as never },
    }));
    const problems = validateEngineTemplates(broken, ['vi', 'en'], { namespace: 'words' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'missing_words', key: 'words:answer.no', language: 'vi' }),
        expect.objectContaining({ kind: 'word_conflict', message: expect.stringContaining('"huy"') }),
      ]),
    );
  });
});
