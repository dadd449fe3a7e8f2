import { describe } from 'vitest';
import { checkPagesAt } from '../support/a11y.ts';

describe('every page type at 360 px (a phone)', () => checkPagesAt(360));
