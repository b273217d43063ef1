/** Configuration: environment and nexus.yml, read once at startup into validated records. */
package com.nexus.chatops.config;
