/** AWS actions through the AWS SDK v2; the only package that imports it. */
package com.nexus.chatops.action.aws;
