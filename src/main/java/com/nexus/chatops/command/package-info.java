/** Command language: the sealed Command type, its parser and the help generated from the parser's table. */
package com.nexus.chatops.command;
