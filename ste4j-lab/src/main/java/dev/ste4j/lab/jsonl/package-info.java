/**
 * What the JSON-lines commands of the laboratory share: a strict reader of one line (one object, no trailing content,
 * no key given twice, problems in plain words) and the check that a result holds only finite numbers before it is
 * written.
 */
package dev.ste4j.lab.jsonl;
