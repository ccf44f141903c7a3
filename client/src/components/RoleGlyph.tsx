/**
 * Each role's emblem: a shape as well as a colour (flask, gear, raised hand, crate), so seats stay
 * distinguishable for colour-blind players and in greyscale screenshots.
 */
import type { Role } from '@shared/rules/types.ts';

const PATHS: Record<Role, string> = {
  chemist: 'M9 3h6v2h-1v4.2l5.6 9.3A2 2 0 0 1 17.9 21H6.1a2 2 0 0 1-1.7-2.5L10 9.2V5H9zM8.3 15h7.4l-2.4-4h-2.6z',
  engineer:
    'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zm8.4 2.1-1.9-.3a6.8 6.8 0 0 0-.7-1.6l1.1-1.6-1.9-1.9-1.6 1.1a6.8 6.8 0 0 0-1.6-.7L13.5 3h-3l-.3 1.9c-.6.2-1.1.4-1.6.7L7 4.5 5.1 6.4l1.1 1.6c-.3.5-.5 1-.7 1.6l-1.9.3v3l1.9.3c.2.6.4 1.1.7 1.6l-1.1 1.6 1.9 1.9 1.6-1.1c.5.3 1 .5 1.6.7l.3 1.9h3l.3-1.9c.6-.2 1.1-.4 1.6-.7l1.6 1.1 1.9-1.9-1.1-1.6c.3-.5.5-1 .7-1.6l1.9-.3z',
  activist: 'M8 21v-5L5 12V7.5a1.5 1.5 0 0 1 3 0V11h1V4.5a1.5 1.5 0 0 1 3 0V10h1V5.5a1.5 1.5 0 0 1 3 0V11h1V8.5a1.5 1.5 0 0 1 3 0V15l-3 6z',
  smuggler: 'M3 8l9-5 9 5v9l-9 5-9-5zm9-2.7L6.2 8.5 12 11.7l5.8-3.2zM5 10.2v5.6l6 3.3v-5.6zm14 0-6 3.3v5.6l6-3.3z',
};

export function RoleGlyph({ role, size = 24, title }: { role: Role; size?: number; title?: string }) {
  return (
    <svg
      className={`role-glyph role-${role}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      <path d={PATHS[role]} fill="currentColor" />
    </svg>
  );
}
