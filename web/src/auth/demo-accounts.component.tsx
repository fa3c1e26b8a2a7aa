import { Anchor, Code, Paper, Table, Text } from '@mantine/core';
import { Role, ROLE_LABELS } from '@portal/domain';

/** The demo data's accounts, one per role; they only exist when the server seeded demo data. */
const DEMO_ACCOUNTS: { email: string; role: Role }[] = [
  { email: 'admin@kestrel.example', role: Role.AGENCY_ADMIN },
  { email: 'lead@kestrel.example', role: Role.ACCOUNT_LEAD },
  { email: 'engineer@kestrel.example', role: Role.ENGINEER },
  { email: 'manager@balticmutual.example', role: Role.CLIENT_MANAGER },
  { email: 'compliance@balticmutual.example', role: Role.COMPLIANCE_OFFICER },
  { email: 'viewer@balticmutual.example', role: Role.CLIENT_VIEWER },
  { email: 'auditor@veritas.example', role: Role.AUDITOR },
];

export const DEMO_PASSWORD = 'portal-demo-2026';

interface DemoAccountsProps {
  onChoose: (email: string) => void;
}

export function DemoAccounts({ onChoose }: DemoAccountsProps) {
  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="demo-accounts-title">
      <Text id="demo-accounts-title" fw={600} size="sm">
        Demo accounts
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        With demo data, every account uses the password <Code>{DEMO_PASSWORD}</Code>. Choose one to
        fill in the form.
      </Text>
      <Table verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <Table.Tr key={account.email}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onChoose(account.email)}
                >
                  {account.email}
                </Anchor>
              </Table.Td>
              <Table.Td c="dimmed">{ROLE_LABELS[account.role]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
