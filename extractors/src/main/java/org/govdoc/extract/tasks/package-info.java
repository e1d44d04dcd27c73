/**
 * The tasks group: numbered tasks of a work plan with their lead units, responsible units and
 * deadlines, from body text (牵头单位/责任单位 blocks and inline parentheses) and from task tables.
 */
package org.govdoc.extract.tasks;
