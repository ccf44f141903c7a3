/**
 * What this browser remembers about classes: a student's token per class code (so a reload or a
 * dropped phone returns them to their place), and for a teacher the host token of each class they
 * created here plus a short list of those classes. The host token is the class's only key.
 */
const studentKey = (code: string) => `neo-terra.class.${code.toUpperCase()}`;
const hostKey = (code: string) => `neo-terra.host.${code.toUpperCase()}`;
const HOST_LIST = 'neo-terra.hostClasses';
const MAX_LISTED = 12;

export type SavedStudent = Readonly<{ studentToken: string; name: string }>;
export type HostedClass = Readonly<{ code: string; title: string | null; createdAt: number }>;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode: everything still works, only "come back after a reload" is lost
  }
}

function readJson<T>(key: string): T | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function loadStudent(code: string): SavedStudent | null {
  const saved = readJson<SavedStudent>(studentKey(code));
  return saved && typeof saved.studentToken === 'string' && saved.studentToken.length >= 8 ? saved : null;
}

export function saveStudent(code: string, saved: SavedStudent): void {
  storage()?.setItem(studentKey(code), JSON.stringify(saved));
}

export function forgetStudent(code: string): void {
  storage()?.removeItem(studentKey(code));
}

export function loadHostToken(code: string): string | null {
  return storage()?.getItem(hostKey(code)) ?? null;
}

export function saveHostToken(code: string, token: string, title: string | null): void {
  storage()?.setItem(hostKey(code), token);
  const others = hostedClasses().filter((c) => c.code !== code);
  storage()?.setItem(HOST_LIST, JSON.stringify([{ code, title, createdAt: Date.now() }, ...others].slice(0, MAX_LISTED)));
}

export function hostedClasses(): HostedClass[] {
  const list = readJson<HostedClass[]>(HOST_LIST);
  return Array.isArray(list) ? list.filter((c) => typeof c?.code === 'string') : [];
}

/** The host link: the console's address with the token after '#', which browsers never send to servers. */
export function hostLink(code: string, token: string): string {
  return `${window.location.origin}/teach/${code}#${token}`;
}

/** The address students type or scan. */
export function joinLink(code: string): string {
  return `${window.location.origin}/class/${code}`;
}
