/** Shared kernel every package may import: the domain exception, the background loop, near-miss suggestions, text limits, reference ids. */
package com.nexus.chatops.core;
