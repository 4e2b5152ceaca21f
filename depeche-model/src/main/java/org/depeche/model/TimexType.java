package org.depeche.model;

/** ISO-TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
