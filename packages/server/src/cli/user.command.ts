// `dti user add <tên> --role <vai trò> [--unit <mã đơn vị>] [--name <họ tên>] [--password <mật khẩu>]`
// and `dti user reset-password <tên> [--password <mật khẩu>]`. Without --password a random one is
// generated and printed once.
import { AccountRole, Password } from '@dti/contract';
import type { Actor } from '../services/shared/actor';
import { AppError } from '../services/shared/app-error';
import { generatePassword } from '../services/accounts/passwords';
import type { CliCommand, CliIo } from './command';
import { parseCommandArgs } from './cli-output';
import { withRuntime } from './cli-runtime';

const cliActor: Actor = { kind: 'system', name: 'dòng lệnh' };
const usage = [
  'Cách dùng:',
  '  dti user add <tên> --role <admin|unit_officer|unit_head|council_member|leader> [--unit <mã đơn vị>]',
  '               [--name <họ tên>] [--password <mật khẩu>]',
  '  dti user reset-password <tên> [--password <mật khẩu>]',
].join('\n');

function choosePassword(given: string | undefined): { password: string; generated: boolean } {
  if (given === undefined) return { password: generatePassword(), generated: true };
  if (!Password.safeParse(given).success)
    throw new AppError('INVALID_INPUT', 'Mật khẩu cần ít nhất 8 ký tự.');
  return { password: given, generated: false };
}

async function add(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    role: { type: 'string' },
    unit: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  });
  if (!parsed.ok || parsed.positional.length !== 1) {
    io.err(`${parsed.ok ? 'Lỗi [CLI_ARGS]: cần đúng một tên đăng nhập.' : parsed.error}\n${usage}`);
    return 2;
  }
  const username = parsed.positional[0] ?? '';
  const role = AccountRole.safeParse(parsed.values.role);
  if (!role.success) {
    io.err(`Lỗi [CLI_ARGS]: vai trò --role không hợp lệ.\n${usage}`);
    return 2;
  }
  return withRuntime(io, async (runtime) => {
    const { password, generated } = choosePassword(parsed.values.password);
    let unitId: number | null = null;
    if (parsed.values.unit !== undefined) {
      const [unit] = await runtime.store.repos.units.findUnitsByCodes([parsed.values.unit]);
      if (!unit) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${parsed.values.unit}".`);
      unitId = unit.id;
    }
    const user = await runtime.services.users.createUser(cliActor, {
      username,
      fullName: parsed.values.name ?? username,
      role: role.data,
      unitId,
      password,
    });
    io.out(`Đã tạo tài khoản "${user.username}" (${user.role}).`);
    if (generated) io.out(`Mật khẩu (chỉ hiện một lần): ${password}`);
    return 0;
  });
}

async function resetPassword(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { password: { type: 'string' } });
  if (!parsed.ok || parsed.positional.length !== 1) {
    io.err(`${parsed.ok ? 'Lỗi [CLI_ARGS]: cần đúng một tên đăng nhập.' : parsed.error}\n${usage}`);
    return 2;
  }
  return withRuntime(io, async (runtime) => {
    const { password, generated } = choosePassword(parsed.values.password);
    const user = await runtime.services.users.resetPassword(cliActor, parsed.positional[0] ?? '', password);
    io.out(`Đã đặt lại mật khẩu của "${user.username}", mở khóa và đăng xuất mọi phiên.`);
    if (generated) io.out(`Mật khẩu mới (chỉ hiện một lần): ${password}`);
    return 0;
  });
}

export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Tài khoản: add <tên> --role …, reset-password <tên>',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'add') return add(rest, io);
    if (sub === 'reset-password') return resetPassword(rest, io);
    io.err(`Lỗi [CLI_ARGS]: lệnh con không hợp lệ.\n${usage}`);
    return 2;
  },
};
