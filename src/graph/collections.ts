/**
 * Building cytoscape collections element by element, typed: `merge` takes any element or collection
 * (cytoscape's typings do not let cy.collection take an array of elements, although it does).
 */
import type { CollectionReturnValue, Core, SingularElementArgument } from "cytoscape";

type ElementGroup<E> = { forEach(each: (element: E) => void): unknown };

/**
 * The elements of `group` that should gain a mark (wanted, lacking it) and those that should lose it,
 * in one pass.
 */
export function changesIn<E extends SingularElementArgument>(
  cy: Core,
  group: ElementGroup<E>,
  wanted: (element: E) => boolean,
  has: (element: E) => boolean,
): readonly [gain: CollectionReturnValue, lose: CollectionReturnValue] {
  const gain = cy.collection();
  const lose = cy.collection();
  group.forEach((element) => {
    const want = wanted(element);
    if (want !== has(element)) (want ? gain : lose).merge(element);
  });
  return [gain, lose] as const;
}

/** Gives the class `name` to exactly the elements of `group` that `wanted` picks, in two collection calls. */
export function setClass<E extends SingularElementArgument>(
  cy: Core,
  name: string,
  group: ElementGroup<E>,
  wanted: (element: E) => boolean,
): void {
  const [add, remove] = changesIn(cy, group, wanted, (element) => element.hasClass(name));
  if (add.nonempty()) add.addClass(name);
  if (remove.nonempty()) remove.removeClass(name);
}

/** The elements with these ids that exist, as one collection. */
export function elementsById(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  const found = cy.collection();
  for (const id of ids) {
    const element = cy.getElementById(id);
    if (element.nonempty()) found.merge(element);
  }
  return found;
}
