import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../auth/session';
import { routeTable } from './route-table';

export interface PageRoute {
  readonly path: string;
  readonly roles: readonly Role[] | 'everyone';
  readonly page: LazyExoticComponent<ComponentType>;
}

/** Every page module, each a chunk of its own (Vite resolves the glob at build time). */
const pageModules = import.meta.glob<{ default: ComponentType }>('../pages/**/*.tsx');

function pageOf(page: string) {
  const load = pageModules[`../pages/${page}.tsx`];
  if (!load) throw new Error(`route table names a page that does not exist: ${page}`);
  return lazy(load);
}

export const pageRoutes: readonly PageRoute[] = routeTable.map((r) => ({ ...r, page: pageOf(r.page) }));
