import {
  CATALOG_MAPPINGS,
  catalogFor,
  CATALOGS,
  DORA_CATALOG,
  findRequirement,
  FrameworkCatalog,
  FrameworkKey,
  GDPR_CATALOG,
  ISO27001_CATALOG,
  MappingRelation,
  mappingsFor,
  NIS2_CATALOG,
  RequirementRef,
  SOC2_CATALOG,
} from './index';

const REFERENCE_FORMATS: Record<FrameworkKey, RegExp> = {
  [FrameworkKey.SOC2]: /^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9]$/,
  [FrameworkKey.ISO27001]: /^(A\.[5-8]\.[1-9]\d?|([4-9]|10)\.[1-9](\.[1-9])?)$/,
  [FrameworkKey.NIS2]: /^Art\. [1-9]\d\(\d\)(\([a-j]\))?$/,
  [FrameworkKey.DORA]: /^Art\. [1-9]\d?$/,
  [FrameworkKey.GDPR]: /^Art\. [1-9]\d?$/,
};

function references(catalog: FrameworkCatalog): string[] {
  return catalog.requirements.map((requirement) => requirement.reference);
}

function numbered(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);
}

function articles(...numbers: number[]): string[] {
  return numbers.map((number) => `Art. ${number}`);
}

function keyOf(ref: RequirementRef): string {
  return `${ref.framework} ${ref.reference}`;
}

function pairCount(first: FrameworkKey, second: FrameworkKey): number {
  return CATALOG_MAPPINGS.filter(
    ({ from, to }) =>
      (from.framework === first && to.framework === second) ||
      (from.framework === second && to.framework === first),
  ).length;
}

describe('SOC 2 catalog', () => {
  it('has exactly the 61 Trust Services Criteria, in order', () => {
    const expected = [
      ...numbered('CC1.', 1, 5),
      ...numbered('CC2.', 1, 3),
      ...numbered('CC3.', 1, 4),
      ...numbered('CC4.', 1, 2),
      ...numbered('CC5.', 1, 3),
      ...numbered('CC6.', 1, 8),
      ...numbered('CC7.', 1, 5),
      'CC8.1',
      ...numbered('CC9.', 1, 2),
      ...numbered('A1.', 1, 3),
      ...numbered('C1.', 1, 2),
      ...numbered('PI1.', 1, 5),
      'P1.1',
      'P2.1',
      ...numbered('P3.', 1, 2),
      ...numbered('P4.', 1, 3),
      ...numbered('P5.', 1, 2),
      ...numbered('P6.', 1, 7),
      'P7.1',
      'P8.1',
    ];

    expect(expected).toHaveLength(61);
    expect(references(SOC2_CATALOG)).toEqual(expected);
  });

  it('has 33 common criteria', () => {
    const common = references(SOC2_CATALOG).filter((reference) => reference.startsWith('CC'));

    expect(common).toHaveLength(33);
  });

  it('groups criteria by series', () => {
    expect(findRequirement({ framework: FrameworkKey.SOC2, reference: 'CC6.1' })?.group).toBe(
      'CC6 Logical and physical access',
    );
    expect(findRequirement({ framework: FrameworkKey.SOC2, reference: 'P6.6' })?.group).toBe(
      'P6 Disclosure and notification',
    );
  });
});

describe('ISO/IEC 27001:2022 catalog', () => {
  const annexControls = (theme: number) =>
    references(ISO27001_CATALOG).filter((reference) => reference.startsWith(`A.${theme}.`));

  it('has the 93 Annex A controls, 37/8/14/34 by theme, in order', () => {
    expect(annexControls(5)).toEqual(numbered('A.5.', 1, 37));
    expect(annexControls(6)).toEqual(numbered('A.6.', 1, 8));
    expect(annexControls(7)).toEqual(numbered('A.7.', 1, 14));
    expect(annexControls(8)).toEqual(numbered('A.8.', 1, 34));
    expect(
      ISO27001_CATALOG.requirements.filter((requirement) => requirement.reference.startsWith('A.')),
    ).toHaveLength(93);
  });

  it('puts each Annex A control in its theme group', () => {
    const groupsByTheme = new Map([
      ['5', 'Organizational controls'],
      ['6', 'People controls'],
      ['7', 'Physical controls'],
      ['8', 'Technological controls'],
    ]);

    for (const requirement of ISO27001_CATALOG.requirements) {
      if (!requirement.reference.startsWith('A.')) continue;

      expect(requirement.group).toBe(groupsByTheme.get(requirement.reference.split('.')[1]));
    }
  });

  it('has the management-system clauses 4 to 10 before Annex A', () => {
    const clauses = references(ISO27001_CATALOG).filter((reference) => !reference.startsWith('A.'));

    expect(clauses).toEqual([
      ...numbered('4.', 1, 4),
      ...numbered('5.', 1, 3),
      ...numbered('6.1.', 1, 3),
      '6.2',
      '6.3',
      ...numbered('7.', 1, 5),
      ...numbered('8.', 1, 3),
      ...numbered('9.', 1, 3),
      '10.1',
      '10.2',
    ]);
    expect(references(ISO27001_CATALOG).slice(0, clauses.length)).toEqual(clauses);
  });
});

describe('NIS2 catalog', () => {
  it('has the ten risk-management measures of Art. 21(2)', () => {
    const measures = references(NIS2_CATALOG).filter((reference) =>
      reference.startsWith('Art. 21(2)'),
    );

    expect(measures).toEqual('abcdefghij'.split('').map((point) => `Art. 21(2)(${point})`));
  });

  it('has management accountability and the reporting deadlines', () => {
    expect(references(NIS2_CATALOG)).toEqual(
      expect.arrayContaining([
        'Art. 20(1)',
        'Art. 20(2)',
        'Art. 23(1)',
        'Art. 23(4)(a)',
        'Art. 23(4)(b)',
        'Art. 23(4)(d)',
      ]),
    );
  });
});

describe('DORA catalog', () => {
  it('covers exactly Articles 5 to 30 and 45, one requirement each, in order', () => {
    expect(references(DORA_CATALOG)).toEqual([...numbered('Art. ', 5, 30), 'Art. 45']);
  });
});

describe('GDPR catalog', () => {
  it('covers the articles an audit of a controller or processor asks about', () => {
    const required = articles(5, 6, 24, 25, 28, 30, 32, 33, 34, 35, 37, 38, 39, 44, 45, 46);

    expect(references(GDPR_CATALOG)).toEqual(expect.arrayContaining(required));
  });

  it('lists articles in ascending order', () => {
    const numbers = references(GDPR_CATALOG).map((reference) => Number(reference.slice(5)));

    expect(numbers).toEqual([...numbers].sort((left, right) => left - right));
  });
});

describe('every catalog', () => {
  it('is listed once, in the portal order, and found by its key', () => {
    expect(CATALOGS.map((catalog) => catalog.key)).toEqual([
      FrameworkKey.SOC2,
      FrameworkKey.ISO27001,
      FrameworkKey.NIS2,
      FrameworkKey.DORA,
      FrameworkKey.GDPR,
    ]);

    for (const catalog of CATALOGS) {
      expect(catalogFor(catalog.key)).toBe(catalog);
      expect(catalog.catalogVersion).toBe('1.0.0');
      expect(catalog.name).not.toBe('');
      expect(catalog.sourceVersion).not.toBe('');
      expect(catalog.source).not.toBe('');
    }
  });

  it.each(CATALOGS.map((catalog) => [catalog.key, catalog] as const))(
    '%s references match the framework format and are unique',
    (key, catalog) => {
      const all = references(catalog);

      for (const reference of all) expect(reference).toMatch(REFERENCE_FORMATS[key]);
      expect(new Set(all).size).toBe(all.length);
    },
  );

  it.each(CATALOGS.map((catalog) => [catalog.key, catalog] as const))(
    '%s titles are short, present and not just the reference',
    (_key, catalog) => {
      for (const { reference, title, group } of catalog.requirements) {
        expect(title.trim()).not.toBe('');
        expect(title.length).toBeLessThanOrEqual(80);
        expect(title).not.toBe(reference);
        expect(group.trim()).not.toBe('');
      }
    },
  );

  it('finds a requirement by framework and reference, and nothing for an unknown one', () => {
    expect(findRequirement({ framework: FrameworkKey.ISO27001, reference: 'A.8.15' })).toEqual(
      expect.objectContaining({ group: 'Technological controls' }),
    );
    expect(findRequirement({ framework: FrameworkKey.ISO27001, reference: 'A.8.35' })).toBe(
      undefined,
    );
    expect(findRequirement({ framework: FrameworkKey.DORA, reference: 'CC6.1' })).toBe(undefined);
  });
});

describe('catalog mappings', () => {
  it('point at requirements that exist', () => {
    const missing = CATALOG_MAPPINGS.flatMap(({ from, to }) => [from, to])
      .filter((ref) => findRequirement(ref) === undefined)
      .map(keyOf);

    expect(missing).toEqual([]);
  });

  it('connect requirements of different frameworks, never one to itself', () => {
    for (const { from, to } of CATALOG_MAPPINGS) {
      expect(keyOf(from)).not.toBe(keyOf(to));
      expect(from.framework).not.toBe(to.framework);
    }
  });

  it('list no pair twice, in either direction', () => {
    const pairs = CATALOG_MAPPINGS.map(({ from, to }) =>
      [keyOf(from), keyOf(to)].sort().join(' | '),
    );

    expect(pairs.filter((pair, index) => pairs.indexOf(pair) !== index)).toEqual([]);
  });

  it('all name the editorial crosswalk as their source', () => {
    for (const mapping of CATALOG_MAPPINGS) {
      expect(mapping.source).toBe('Portal editorial crosswalk 1.0');
    }
  });

  it('cover every framework pair the portal relies on', () => {
    expect(CATALOG_MAPPINGS.length).toBeGreaterThanOrEqual(80);
    expect(pairCount(FrameworkKey.ISO27001, FrameworkKey.SOC2)).toBeGreaterThanOrEqual(10);
    expect(pairCount(FrameworkKey.NIS2, FrameworkKey.ISO27001)).toBeGreaterThanOrEqual(10);
    expect(pairCount(FrameworkKey.DORA, FrameworkKey.ISO27001)).toBeGreaterThanOrEqual(10);
    expect(pairCount(FrameworkKey.GDPR, FrameworkKey.ISO27001)).toBeGreaterThanOrEqual(10);
    expect(pairCount(FrameworkKey.NIS2, FrameworkKey.DORA)).toBeGreaterThan(0);
    expect(pairCount(FrameworkKey.GDPR, FrameworkKey.SOC2)).toBeGreaterThan(0);
  });
});

describe('mappingsFor', () => {
  const nis2Continuity = { framework: FrameworkKey.NIS2, reference: 'Art. 21(2)(c)' };
  const isoBackup = { framework: FrameworkKey.ISO27001, reference: 'A.8.13' };

  it('returns a mapping as written when asked from its own side', () => {
    expect(mappingsFor(nis2Continuity)).toContainEqual(
      expect.objectContaining({
        from: nis2Continuity,
        to: isoBackup,
        relation: MappingRelation.SUPERSET,
      }),
    );
  });

  it('returns the inverse relation when asked from the other side', () => {
    expect(mappingsFor(isoBackup)).toContainEqual(
      expect.objectContaining({
        from: isoBackup,
        to: nis2Continuity,
        relation: MappingRelation.SUBSET,
      }),
    );
  });

  it('mirrors every mapping on the other side, keeping EQUAL and INTERSECT symmetric', () => {
    const inverse: Record<MappingRelation, MappingRelation> = {
      [MappingRelation.EQUAL]: MappingRelation.EQUAL,
      [MappingRelation.INTERSECT]: MappingRelation.INTERSECT,
      [MappingRelation.SUBSET]: MappingRelation.SUPERSET,
      [MappingRelation.SUPERSET]: MappingRelation.SUBSET,
    };

    for (const mapping of CATALOG_MAPPINGS) {
      expect(mappingsFor(mapping.to)).toContainEqual({
        from: mapping.to,
        to: mapping.from,
        relation: inverse[mapping.relation],
        source: mapping.source,
      });
    }
  });

  it('returns every mapping that touches the requirement and no other', () => {
    const touching = CATALOG_MAPPINGS.filter(
      ({ from, to }) => keyOf(from) === keyOf(isoBackup) || keyOf(to) === keyOf(isoBackup),
    );
    const found = mappingsFor(isoBackup);

    expect(found).toHaveLength(touching.length);
    for (const mapping of found) expect(mapping.from).toEqual(isoBackup);
  });

  it('returns nothing for a requirement no mapping touches', () => {
    expect(mappingsFor({ framework: FrameworkKey.DORA, reference: 'Art. 21' })).toEqual([]);
  });
});
