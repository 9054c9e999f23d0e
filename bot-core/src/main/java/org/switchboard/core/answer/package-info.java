/**
 * Help-center answers as the customer sees them: the reply for each {@link org.switchboard.core.agent.KnowledgeDecision}
 * ({@link org.switchboard.core.answer.KnowledgeReplies}: a cited passage cut at sentences, or a clarifying question
 * with numbered options), which pending option a customer's next message picks
 * ({@link org.switchboard.core.answer.ChoiceResolver}) and the JSON form of the options kept with the conversation ({@link org.switchboard.core.answer.CitationsJson}).
 * The decision itself is {@link org.switchboard.core.agent.KnowledgeAnswer#decide}. No channel, tool or persistence
 * code here.
 */
package org.switchboard.core.answer;
