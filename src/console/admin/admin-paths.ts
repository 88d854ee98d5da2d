/** Where the admin pages live; every one is behind the admin guard. */
export const ADMIN_PATHS = {
  home: '/app/admin',
  heatMap: '/app/admin/heat-map.png',
  import: '/app/admin/import',
  importPreview: '/app/admin/import/preview',
  questions: '/app/admin/questions',
  bank: '/app/admin/questions/bank',
  question: (key: string) => `/app/admin/questions/${encodeURIComponent(key)}`,
  roles: '/app/admin/roles',
  role: (key: string) => `/app/admin/roles/${encodeURIComponent(key)}`,
  roleSkill: (role: string, skill: string) => `/app/admin/roles/${encodeURIComponent(role)}/skills/${encodeURIComponent(skill)}`,
  export: '/app/admin/export',
  exportJson: '/app/admin/export/organisation.json',
  exportCsv: (section: string) => `/app/admin/export/${section}.csv`,
  audit: '/app/admin/audit',
} as const;
