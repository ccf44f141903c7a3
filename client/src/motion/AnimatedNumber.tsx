/**
 * A number that sweeps from its old value to its new one when the city model resolves a year, so the
 * dashboard shows the change happening. Players who prefer reduced motion see the new value at once.
 */
import { animate, useReducedMotion } from 'framer-motion';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../i18n/t.ts';

const SWEEP_SECONDS = 0.9;

export function AnimatedNumber({ value, decimals }: { value: number; decimals: number }) {
  const reduced = useReducedMotion();
  const [shown, setShown] = useState(value);
  const from = useRef(value);
  useEffect(() => {
    const start = from.current;
    from.current = value;
    if (reduced || start === value) {
      setShown(value);
      return;
    }
    const controls = animate(start, value, { duration: SWEEP_SECONDS, ease: 'easeOut', onUpdate: setShown });
    return () => controls.stop();
  }, [value, reduced]);
  return <>{formatNumber(shown, decimals)}</>;
}
