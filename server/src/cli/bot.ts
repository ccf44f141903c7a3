/**
 * The headless bot client: joins a match over the network and plays one seat with the shared bots
 * (or watches and prints its progress), so matches can be filled and load-tested from outside.
 *   npm run bot -- --url ws://localhost:2567 --code ABCDE --seat smuggler
 * Exits 0 when the match is over, 1 on failure. Survives drops and server restarts (seat token).
 */
import { parseBotArgs } from './bot-args.ts';
import { BotClient } from './bot-client.ts';

try {
  const args = parseBotArgs(process.argv.slice(2));
  const outcome = await new BotClient(args).run();
  console.log(outcome);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
