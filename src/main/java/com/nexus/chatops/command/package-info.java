/** Command language: the sealed Command type, its parser, and help looked up from the parser's table. */
package com.nexus.chatops.command;
