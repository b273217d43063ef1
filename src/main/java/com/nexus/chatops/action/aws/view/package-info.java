/** The AWS actions' records as short mrkdwn, shaped like the aws CLI views the runbooks show. */
package com.nexus.chatops.action.aws.view;
