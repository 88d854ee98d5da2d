/** An employee as a directory lists them: enough to recognise and pick a person, no scores. */
export interface DirectoryEntry {
  id: number;
  employeeNumber: string;
  name: string;
  title: string;
  role: string | null;
  /** how many people report to them (0 for anyone who is not a manager) */
  reports: number;
}

export interface DirectoryView {
  /** managers first, then by name */
  employees: DirectoryEntry[];
  /** how many employees there are in all (the list may be cut) */
  total: number;
}
