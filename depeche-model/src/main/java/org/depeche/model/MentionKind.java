package org.depeche.model;

/** How a mention refers: by name, by a description ("le président russe"), or by a pronoun. */
public enum MentionKind { NAME, NOMINAL, PRONOUN }
