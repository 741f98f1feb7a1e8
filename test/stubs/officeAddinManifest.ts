// office-addin-mock imports office-addin-manifest, whose ESM-only dependencies Jest cannot require on Node 20.
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
