import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/**
 * Validation rules that refuse, before execution, queries nested deeper than `maxDepth` fields
 * or using more than `maxAliases` aliases. Fragments count where they are spread.
 */
export function queryLimitsRule(maxDepth: number, maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>(
      context
        .getDocument()
        .definitions.filter(
          (node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((node) => [node.name.value, node]),
    );

    const measure = (
      selectionSet: SelectionSetNode | undefined,
      visiting: Set<string>,
    ): { depth: number; aliases: number } => {
      let depth = 0;
      let aliases = 0;
      for (const selection of selectionSet?.selections ?? []) {
        let inner: { depth: number; aliases: number };
        if (selection.kind === Kind.FIELD) {
          const field = selection as FieldNode;
          if (field.name.value.startsWith('__')) continue;
          inner = measure(field.selectionSet, visiting);
          inner = { depth: inner.depth + 1, aliases: inner.aliases + (field.alias ? 1 : 0) };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(selection.selectionSet, visiting);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || visiting.has(fragment.name.value)) continue;
          inner = measure(fragment.selectionSet, new Set([...visiting, fragment.name.value]));
        }
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
      }

      return { depth, aliases };
    };

    return {
      OperationDefinition(operation) {
        const { depth, aliases } = measure(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [operation],
            }),
          );
        }
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`The query uses ${aliases} aliases; the limit is ${maxAliases}`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}
