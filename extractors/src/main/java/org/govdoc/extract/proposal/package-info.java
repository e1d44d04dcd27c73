/**
 * Replies to proposals (提案/建议答复): meeting, number, proposer, replying unit, reply date,
 * contact and outcome.
 */
package org.govdoc.extract.proposal;
