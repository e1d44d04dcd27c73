/**
 * The funding group: money amounts of a budget declaration with their role (allocation,
 * component, midterm, total, other), read from labelled form cells and from running text.
 */
package org.govdoc.extract.funding;
