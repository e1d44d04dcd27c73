/**
 * The project of a budget declaration: name, unit, organisation code (with its check digit),
 * funding source, period and the other labelled form fields.
 */
package org.govdoc.extract.project;
