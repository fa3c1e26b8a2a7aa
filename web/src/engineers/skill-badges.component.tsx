import { Badge, Group } from '@mantine/core';

interface SkillBadgesProps {
  skills: readonly string[];
}

export function SkillBadges({ skills }: SkillBadgesProps) {
  return (
    <Group gap={4}>
      {skills.map((skill) => (
        <Badge key={skill} variant="default" size="sm" tt="none">
          {skill}
        </Badge>
      ))}
    </Group>
  );
}
