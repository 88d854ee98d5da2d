export interface EmployeeView {
  id: number;
  employeeNumber: string;
  name: string;
  email: string;
  title: string;
  timezone: string | null;
  role: { id: number; key: string; name: string } | null;
  manager: { id: number; name: string } | null;
}
