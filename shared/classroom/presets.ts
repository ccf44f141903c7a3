/**
 * Preset phrases: when the teacher sets chat to "preset phrases only", students negotiate by picking
 * from this fixed list of useful council lines instead of typing. Each has a stable id (what travels
 * on the wire and in logs) and the text that appears in the table's chat.
 */

export type PresetCategory = 'stance' | 'deal' | 'question' | 'concern' | 'manners';

export type PresetPhrase = Readonly<{ id: string; category: PresetCategory; text: string }>;

const PHRASES: readonly PresetPhrase[] = [
  { id: 'support', category: 'stance', text: 'I support this proposal.' },
  { id: 'oppose', category: 'stance', text: 'I will vote against this proposal.' },
  { id: 'undecided', category: 'stance', text: 'I have not decided yet.' },
  { id: 'compromise', category: 'stance', text: 'Can we meet in the middle on the value?' },
  { id: 'cosponsor', category: 'deal', text: 'Will you co-sponsor my proposal?' },
  { id: 'offerDeal', category: 'deal', text: 'I can offer you a deal if you vote with me.' },
  { id: 'askPrice', category: 'deal', text: 'What would it take for you to vote yes?' },
  { id: 'acceptDeal', category: 'deal', text: 'Deal. I accept.' },
  { id: 'rejectDeal', category: 'deal', text: 'No deal.' },
  { id: 'explain', category: 'question', text: 'Can you explain why you want this?' },
  { id: 'checkForecast', category: 'question', text: 'What does the forecast say this will do?' },
  { id: 'whoPays', category: 'question', text: 'Who pays for this?' },
  { id: 'healthFirst', category: 'concern', text: 'Public health has to come first.' },
  { id: 'budgetFirst', category: 'concern', text: 'The treasury cannot afford this.' },
  { id: 'householdCost', category: 'concern', text: 'This costs households too much.' },
  { id: 'smugglingRisk', category: 'concern', text: 'This will make smuggling more attractive.' },
  { id: 'needEnforcement', category: 'concern', text: 'We need more enforcement.' },
  { id: 'landfillFull', category: 'concern', text: 'The landfill is filling up fast.' },
  { id: 'jobs', category: 'concern', text: 'Think of the jobs this creates.' },
  { id: 'agree', category: 'manners', text: 'I agree.' },
  { id: 'disagree', category: 'manners', text: 'I disagree.' },
  { id: 'needTime', category: 'manners', text: 'I need a moment to think.' },
  { id: 'ready', category: 'manners', text: 'I am ready to vote.' },
  { id: 'thanks', category: 'manners', text: 'Thank you!' },
];

/** The phrases in display order. */
export const PRESET_PHRASES: readonly PresetPhrase[] = PHRASES;
const BY_ID: Readonly<Record<string, PresetPhrase>> = Object.fromEntries(PHRASES.map((p) => [p.id, p]));

export function isPresetPhrase(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BY_ID, id);
}

/** The chat text of a phrase, or null for an unknown id. */
export function presetText(id: string): string | null {
  return isPresetPhrase(id) ? BY_ID[id].text : null;
}
