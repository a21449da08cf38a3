#!/usr/bin/env node
import ms from 'ms';
import pc from 'picocolors';

const since = Date.parse('2026-01-01T00:00:00Z');
console.log(pc.green(`hello from hello-cli, ${ms(Date.now() - since, { long: true })} into 2026`));
