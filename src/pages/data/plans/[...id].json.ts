import type { APIRoute, GetStaticPaths } from 'astro';
import { planDataFile } from '../../../data/records.ts';
import { plans, type PreparedPlan } from '../../../data/plans.ts';

export const getStaticPaths = (() => plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }))) satisfies GetStaticPaths;

/** One plan with its items and targets, for whoever wants one plan and for comparing any two plans. */
export const GET: APIRoute<{ plan: PreparedPlan }> = ({ props }) => Response.json(planDataFile(props.plan));
