import { describe } from 'vitest';
import { checkPagesAt } from '../support/a11y.ts';

describe('every page type at 1280 px (a desktop)', () => checkPagesAt(1280));
