/**
 * The document type (budget_project, work_plan, proposal_reply, other), decided first because
 * other groups depend on it.
 */
package org.govdoc.extract.doctype;
