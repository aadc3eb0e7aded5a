import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';

/**
 * The arguments whose value multiplies the cost of a field's selection: page sizes. `depth`
 * (meetingNetwork) is not one of them: `first` alone bounds how many people and links come back.
 */
export const COSTED_ARGUMENTS: readonly string[] = ['first', 'last'];

/** GraphQL Armor's cost-limit figures, so a query costs here what it cost there with literal arguments. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_COST_FACTOR = 1.5;

type Variables = Record<string, unknown>;

/**
 * The cost of the operation a request runs, with its arguments as execution will see them:
 * variables coerced (their declared defaults applied) and the schema's argument defaults for
 * whatever the request leaves out. Each field with a selection costs 2, each leaf 1, a child
 * 1.5 times its own cost, and a field's whole cost is multiplied by its page size.
 *
 * Returns null when there is nothing to cost because execution will refuse the request anyway:
 * no such operation, or variables that do not fit their declared types.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Variables | null): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walker = new CostWalker(schema, coerced.coerced, fragments);
  return walker.within(operation, () => walker.within(operation.selectionSet, () => operation.selectionSet.selections.reduce((sum, child) => sum + walker.cost(child), 0)));
}

/**
 * Walks selections the way Armor's cost limit does (fragments costed once and reused, the
 * `__schema` introspection free), with a TypeInfo kept in step so each field's definition, and
 * so its arguments' defaults, is known.
 */
class CostWalker {
  private readonly typeInfo: TypeInfo;
  /** A fragment's cost once known; -1 while it is being costed (a cycle, which validation refuses). */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    schema: GraphQLSchema,
    private readonly variables: Variables,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {
    this.typeInfo = new TypeInfo(schema);
  }

  /** Runs `inside` with the TypeInfo entered into `node`, as a visitor would be. */
  within<T>(node: ASTNode, inside: () => T): T {
    this.typeInfo.enter(node);
    try {
      return inside();
    } finally {
      this.typeInfo.leave(node);
    }
  }

  cost(node: SelectionNode | FragmentDefinitionNode): number {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind === Kind.FRAGMENT_SPREAD) return this.spreadCost(node.name.value);
    return this.within(node, () => {
      if (!node.selectionSet) return SCALAR_COST;
      const selectionSet = node.selectionSet;
      const children = this.within(selectionSet, () => selectionSet.selections.reduce((sum, child) => sum + DEPTH_COST_FACTOR * this.cost(child), 0));
      return (OBJECT_COST + children) * (node.kind === Kind.FIELD ? this.pageSize(node) : 1);
    });
  }

  private spreadCost(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return SCALAR_COST + DEPTH_COST_FACTOR * known;
    const fragment = this.fragments.get(name);
    if (!fragment) return SCALAR_COST;
    this.fragmentCosts.set(name, -1);
    const cost = this.cost(fragment);
    this.fragmentCosts.set(name, cost);
    return SCALAR_COST + DEPTH_COST_FACTOR * cost;
  }

  /** The largest page-size argument the field runs with (1 without one, or for 0 and less). */
  private pageSize(node: FieldNode): number {
    const field = this.typeInfo.getFieldDef();
    const costed = field?.args.filter((arg) => COSTED_ARGUMENTS.includes(arg.name)) ?? [];
    if (!field || costed.length === 0) return 1;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, this.variables);
    } catch {
      // An argument execution would refuse (a missing required one): that field never runs.
      return 1;
    }
    // An explicit null makes the resolvers fall back to the same default the schema declares.
    const sizes = costed.map((arg) => values[arg.name] ?? arg.defaultValue);
    return Math.max(1, ...sizes.filter((size): size is number => typeof size === 'number' && Number.isFinite(size)));
  }
}
