// The general usage text, in a module of its own: `isms --help` prints it and loads nothing else.
export const GENERAL = `Usage: isms <command> [options]

ISMS Workbench on the command line: ISO/IEC 27001:2022 documents from a workspace folder.

Commands:
  init DIR [--demo]                    create a workspace
  templates [DIR]                      list the template library (and DIR's own templates)
  add DIR (TEMPLATE-ID... | --all)     add documents from templates
  render DIR ID                        print a document's filled Markdown
  export DIR (ID... | --all) --out P   write Word and/or PDF files (--format docx|pdf|both)
  check DIR [--json]                   what blocks Stage 1, clause by clause
  pack DIR --out FILE.zip              write the Stage 1 documentation pack
  register (list|describe|export|import)  registers: list, fields, CSV and XLSX
  decisions DIR | confirm DIR KEY ...  list or confirm the policy decisions of top management
  import DIR FILE.docx [--template ID] import a Word document as a new draft
  submit DIR ID                        send a document for review
  approve DIR ID --approver NAME --reason TEXT [--major]
                                       approve it: version by rule, frozen in history/
  return DIR ID --reason TEXT          take a document out of review
  withdraw DIR ID --reason TEXT        withdraw it; the ID is never reused
  history DIR ID                       state, approvals and revision history
  compare DIR ID FROM TO [--out F.docx]  compare versions; --out writes a Word redline
  master-list DIR [--out F.xlsx|.docx] the register of documents

Run "isms <command> --help" for a command's options.`;
